/**
 * The three origins the browser tests serve dist/ on (see serveDist.ts): the app's, a host page's and a foreign
 * one. QG_TEST_PORT moves all three (two checkouts can run their browser tests at once without sharing a server).
 */
export const APP_PORT = Number(process.env.QG_TEST_PORT ?? 4321);
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const HOST = `http://127.0.0.1:${APP_PORT + 1}`;
export const FOREIGN = `http://127.0.0.1:${APP_PORT + 2}`;
