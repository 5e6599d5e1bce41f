// Vite imports stylesheets from TypeScript (they end up inlined in the page).
declare module '*.css';
