import { describe, expect, it } from "vitest";
import { parseHubError } from "./hubError";

describe("parseHubError", () => {
  it("finds the server's code and message after SignalR's own prefix", () => {
    const error = new Error("An unexpected error occurred invoking 'SubmitScoreSheet' on the server. HubException: hub-error score.out_of_range final: Item 'plan' is scored from 0 to 10; 11 is outside.");
    expect(parseHubError(error)).toEqual({ code: "score.out_of_range", retriable: false, message: "Item 'plan' is scored from 0 to 10; 11 is outside." });
  });

  it("tells a retriable refusal", () => {
    expect(parseHubError(new Error("HubException: hub-error grain.contended retriable: try again"))?.retriable).toBe(true);
  });

  it("answers null for a lost connection, so the command is sent again after the reconnect", () => {
    expect(parseHubError(new Error("Invocation canceled due to the underlying connection being closed."))).toBeNull();
  });
});
