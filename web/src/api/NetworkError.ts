/** The request never got an HTTP answer: server down, wrong base URL, CORS refusal or an aborted connection. */
export class NetworkError extends Error {
  constructor(url: string, cause: unknown) {
    super(`The server could not be reached (${url}). Is \`leadintel up\` running?`, { cause });
    this.name = "NetworkError";
  }
}
