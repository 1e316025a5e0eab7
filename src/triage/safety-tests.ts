// The small language safety rules are written in: a phrase test, and all / any / not.
import { phrase } from './reading.js';

export type Test = (t: string) => boolean;
export const has = (source: string): Test => {
  const re = phrase(source);
  return (t) => re.test(t);
};
export const all =
  (...tests: Test[]): Test =>
  (t) =>
    tests.every((x) => x(t));
export const any =
  (...tests: Test[]): Test =>
  (t) =>
    tests.some((x) => x(t));
export const not =
  (test: Test): Test =>
  (t) =>
    !test(t);

export const W = '(?:[a-z0-9]+ )'; // one word and its space, for "within n words" gaps
