/**
 * office-addin-mock reads only the `OfficeApp` host names from office-addin-manifest, a Node
 * package; the browser bundle of the fake Office host gets them from here instead.
 */
export const OfficeApp = {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
};
