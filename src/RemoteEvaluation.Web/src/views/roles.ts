import type { Me } from "../auth";

/** The `data-view` of each role's landing view (a convention the browser tests rely on: src/RemoteEvaluation.Web/README.md). */
export type ViewName = "expert" | "host" | "remote" | "coordinator" | "supervisor" | "auditor" | "admin";

export function viewOf(me: Me): ViewName {
  switch (me.role) {
    case "expert":
    case "tenderer_representative":
      return "expert";
    case "host_staff":
      return "host";
    case "site_staff":
      return "remote";
    case "coordinator":
      return "coordinator";
    case "supervisor":
      return "supervisor";
    case "auditor":
      return "auditor";
    default:
      return "admin";
  }
}
