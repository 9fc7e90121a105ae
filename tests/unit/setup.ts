// Dexie needs IndexedDB; under Node the fake implementation stands in for the browser's.
import 'fake-indexeddb/auto';
