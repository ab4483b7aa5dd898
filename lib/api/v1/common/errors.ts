/** Thrown by a loader for a cursor it never issued or an unknown filter value; the route answers 400 problem+json. */
export class BadQuery extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
