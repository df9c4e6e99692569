// Hash routes (#/people/<id>): they survive reloads and need nothing from the shell's asset protocol.

export type Route =
  | { name: "today" }
  | { name: "people"; q?: string }
  | { name: "new" }
  | { name: "person"; id: string }
  | { name: "settings" }
  | { name: "io" }
  | { name: "events" }
  | { name: "newEvent" }
  | { name: "event"; id: string }
  | { name: "editEvent"; id: string }
  | { name: "city"; city: string; country: string }
  | { name: "lists" }
  | { name: "duplicates" }
  | { name: "list"; id: string }
  | { name: "orgs" }
  | { name: "org"; id: string }
  | { name: "team" }
  | { name: "graph"; of: "person" | "list" | "event"; id: string };

export function parseHash(hash: string): Route {
  // `?q=` carries the People table's name box, so Back and a reload return to the same matches.
  const [path = "", search = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] === "settings") return { name: "settings" };
  if (parts[0] === "io") return { name: "io" };
  if (parts[0] === "today" || parts.length === 0) return { name: "today" };
  if (parts[0] === "events" && parts[1] === "new") return { name: "newEvent" };
  if (parts[0] === "events" && parts[1] && parts[2] === "edit") return { name: "editEvent", id: parts[1] };
  if (parts[0] === "events" && parts[1]) return { name: "event", id: parts[1] };
  if (parts[0] === "events") return { name: "events" };
  if (parts[0] === "lists" && parts[1]) return { name: "list", id: parts[1] };
  if (parts[0] === "lists") return { name: "lists" };
  if (parts[0] === "duplicates") return { name: "duplicates" };
  if (parts[0] === "org" && parts[1]) return { name: "org", id: parts[1] };
  if (parts[0] === "orgs") return { name: "orgs" };
  if (parts[0] === "team") return { name: "team" };
  if (parts[0] === "graph" && (parts[1] === "person" || parts[1] === "list" || parts[1] === "event") && parts[2])
    return { name: "graph", of: parts[1], id: parts[2] };
  if (parts[0] === "city") return { name: "city", city: parts[1] ?? "", country: parts[2] ?? "" };
  if (parts[0] === "people" && parts[1] === "new") return { name: "new" };
  if (parts[0] === "people" && parts[1]) return { name: "person", id: parts[1] };
  const q = new URLSearchParams(search).get("q");
  return q ? { name: "people", q } : { name: "people" };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case "today":
      return "#/today";
    case "people":
      return route.q ? `#/people?${new URLSearchParams({ q: route.q })}` : "#/people";
    case "new":
      return "#/people/new";
    case "person":
      return `#/people/${encodeURIComponent(route.id)}`;
    case "settings":
      return "#/settings";
    case "io":
      return "#/io";
    case "events":
      return "#/events";
    case "newEvent":
      return "#/events/new";
    case "event":
      return `#/events/${encodeURIComponent(route.id)}`;
    case "editEvent":
      return `#/events/${encodeURIComponent(route.id)}/edit`;
    case "lists":
      return "#/lists";
    case "duplicates":
      return "#/duplicates";
    case "list":
      return `#/lists/${encodeURIComponent(route.id)}`;
    case "orgs":
      return "#/orgs";
    case "org":
      return `#/org/${encodeURIComponent(route.id)}`;
    case "team":
      return "#/team";
    case "graph":
      return `#/graph/${route.of}/${encodeURIComponent(route.id)}`;
    case "city":
      return `#/city${route.city ? `/${encodeURIComponent(route.city)}` : ""}${route.city && route.country ? `/${encodeURIComponent(route.country)}` : ""}`;
  }
}

class Router {
  route: Route = $state(parseHash(typeof location === "undefined" ? "" : location.hash));

  constructor() {
    if (typeof window !== "undefined") {
      window.addEventListener("hashchange", () => {
        this.route = parseHash(location.hash);
      });
    }
  }
}

export const router = new Router();

export function navigate(route: Route, opts: { replace?: boolean } = {}): void {
  const href = hrefOf(route);
  if (opts.replace) {
    history.replaceState(null, "", href);
    router.route = parseHash(href);
  } else if (location.hash !== href) {
    location.hash = href;
  } else {
    router.route = parseHash(href);
  }
}
