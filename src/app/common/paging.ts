// Paging of lists: page ≥ 1, 1 ≤ pageSize ≤ PAGE_SIZE_MAX.

import type { Checker } from './checker.ts';

export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 100;


export interface Paging {
  page: number;
  pageSize: number;
}

/** page ≥ 1, 1 ≤ pageSize ≤ PAGE_SIZE_MAX; bad values are errors naming the field */
export function paging(c: Checker, page: unknown, pageSize: unknown): Paging {
  return {
    page: c.integer('page', page, 1, 1_000_000) ?? 1,
    pageSize: c.integer('pageSize', pageSize, 1, PAGE_SIZE_MAX) ?? PAGE_SIZE_DEFAULT,
  };
}

export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
