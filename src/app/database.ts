// The database as the web layer sees it: an opaque handle that the server setup (src/main.ts) opens and hands to the
// use cases. src/web never imports src/db itself (the linter enforces it); it names the type through here.

export type { Database, Db } from '../db/index.ts';
