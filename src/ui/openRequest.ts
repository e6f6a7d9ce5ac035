/** A reader's request to open another story: a local file, or a URL. */
export type OpenRequest = { kind: 'file'; file: File } | { kind: 'url'; url: string };
