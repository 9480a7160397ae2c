"""Sync with the hub: the HTTP client and one exchange (push, then pull), the background
agent and its status, the hub's HTTP service, and their command lines."""
