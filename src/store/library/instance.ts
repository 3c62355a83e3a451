/**
 * The app's library database, opened once. Opening can fail (IndexedDB missing, blocked, private
 * modes): the failure is reported to the storage banner and the app runs on in memory. Tests
 * give their own database with `useLibrary` (fake-indexeddb).
 */
import { LibraryDb } from './db';
import { reportStorageProblem, storageErrorText } from './storageHealth';

let opening: Promise<LibraryDb | null> | null = null;

/**
 * The library, or null when IndexedDB is unavailable (reported once, as a storage problem that
 * says designs are not being saved).
 */
export function getLibrary(): Promise<LibraryDb | null> {
  opening ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('IndexedDB is not available');
      const db = new LibraryDb();
      db.on('blocked', () =>
        reportStorageProblem({
          kind: 'blocked',
          what: 'The design library is waiting for another tab of an older version to close',
          detail: 'IndexedDB upgrade blocked',
        }),
      );
      db.on('versionchange', () => {
        db.close();
        reportStorageProblem({
          kind: 'blocked',
          what: 'A newer version of the app opened the design library: reload this tab to keep saving',
          detail: 'IndexedDB versionchange',
        });
        return false;
      });
      await db.open();
      void navigator.storage?.persist?.().catch(() => false);
      return db;
    } catch (e) {
      reportStorageProblem({
        kind: 'unavailable',
        what: 'Designs are not being saved in this browser: its storage (IndexedDB) is unavailable',
        detail: storageErrorText(e),
      });
      return null;
    }
  })();
  return opening;
}

/** Uses `db` as the app's library (tests). */
export function useLibrary(db: LibraryDb | null): void {
  opening = Promise.resolve(db);
}
