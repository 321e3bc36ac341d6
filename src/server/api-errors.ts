// Every error the API answers is JSON `{ error, fix }` with a 4xx status (503 when the store is
// away or a query runs too long), never a stack trace: this module maps what went wrong to that.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { StoreRequestError, StoreUnavailableError } from "../store/graph-store.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** How to fix a bad value of each parameter, for schema errors. */
const PARAMETER_FIXES: Record<string, string> = {
  q: "send the text to search for as q, at most 200 characters",
  limit: "send limit as a whole number within the documented range (see /api/limits)",
  focus: "send focus=KEY, the key of a node (search gives keys)",
  depth: "send depth as a whole number from 0 to 6",
  from: "send from=KEY, the key of a node",
  to: "send to=KEY, the key of a node",
  max: "send max as a whole number from 1 to 10",
  maxLength: "send maxLength as a whole number from 1 to 12",
  hiddenKinds: "send hiddenKinds as kinds separated by commas",
  hiddenRelations: "send hiddenRelations as relations separated by commas",
  key: "send each node key as its own key= parameter, at most 1000",
};

function schemaError(error: FastifyError): ApiError {
  const [first] = error.validation ?? [];
  const params = (first?.params ?? {}) as { additionalProperty?: string; missingProperty?: string };
  const name =
    params.additionalProperty ??
    params.missingProperty ??
    String(first?.instancePath ?? "")
      .replace(/^\//, "")
      .split("/")[0];
  if (params.additionalProperty) {
    return new ApiError(
      400,
      `unknown parameter ${JSON.stringify(name)}`,
      "see docs/api.md for each endpoint's parameters",
    );
  }
  if (params.missingProperty) {
    return new ApiError(
      400,
      `missing parameter ${JSON.stringify(name)}`,
      PARAMETER_FIXES[name] ?? "see docs/api.md",
    );
  }
  return new ApiError(
    400,
    `${name} ${first?.message ?? "is not valid"}`,
    PARAMETER_FIXES[name] ?? "see docs/api.md",
  );
}

/** Turns any thrown error into the API's JSON error; logs only what is not the caller's fault. */
export function errorReply(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  let answer: ApiError;
  if (error instanceof ApiError) answer = error;
  else if ("validation" in error && error.validation) answer = schemaError(error as FastifyError);
  else if (error instanceof StoreRequestError) answer = new ApiError(400, error.message, error.fix);
  else if (error instanceof StoreUnavailableError) {
    answer = new ApiError(503, error.message, error.fix);
  } else if (
    "statusCode" in error &&
    typeof error.statusCode === "number" &&
    error.statusCode < 500
  ) {
    answer = new ApiError(error.statusCode, error.message, "check the request against docs/api.md");
  } else {
    request.log.error({ err: error }, "request failed");
    process.stderr.write(
      `kg serve: ${request.method} ${request.url}: ${error.message.split("\n")[0]}\n`,
    );
    answer = new ApiError(
      500,
      "the server could not answer this request",
      "try again; if it persists, see the server's output",
    );
  }
  return reply.status(answer.status).send({ error: answer.message, fix: answer.fix });
}
