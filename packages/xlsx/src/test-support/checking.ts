/** The core's checker and a minimal pack, for reader tests that go as far as findings. */
import { parsePack, type Pack } from '@dondoc/core';

export { createChecker, parseIsoDate } from '@dondoc/core';

/** The smallest valid pack: the built-in task checks with their default severities. */
export function loadPackForTests(): Pack {
  const parsed = parsePack({ id: 'kiem-thu', version: '1.0.0', title: 'Kiểm thử' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}
