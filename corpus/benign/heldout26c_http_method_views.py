"""A toy web framework for a lecture on routing: views are registered in a
plugin registry with a decorator; the dispatcher looks up the handler by
the lower-cased HTTP method, like Django's class-based views."""
import json

REGISTRY = {}


def route(path):
    def deco(cls):
        REGISTRY[path] = cls
        return cls
    return deco


class View:
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]

    def dispatch(self, request):
        method = request["method"].lower()
        if method in self.http_method_names:
            handler = getattr(self, method, self.not_allowed)
        else:
            handler = self.not_allowed
        return handler(request)

    def not_allowed(self, request):
        return 405, {"error": f"{request['method']} not allowed"}


@route("/items")
class ItemsView(View):
    items = ["apple", "pear"]

    def get(self, request):
        return 200, {"items": self.items}

    def post(self, request):
        self.items.append(request["body"]["name"])
        return 201, {"created": request["body"]["name"]}


@route("/health")
class HealthView(View):
    def get(self, request):
        return 200, {"status": "ok"}


def handle(request):
    view_cls = REGISTRY.get(request["path"])
    if view_cls is None:
        return 404, {"error": "not found"}
    return view_cls().dispatch(request)


if __name__ == "__main__":
    requests = [
        {"method": "GET", "path": "/items"},
        {"method": "POST", "path": "/items", "body": {"name": "plum"}},
        {"method": "Delete", "path": "/items"},
        {"method": "GET", "path": "/health"},
        {"method": "GET", "path": "/nope"},
    ]
    for r in requests:
        status, body = handle(r)
        print(r["method"], r["path"], status, json.dumps(body))
