"""Outside services the station talks to (Qt-free, standard library only).

- ``health_code``: the client of the health-code verification service (green/yellow/red).
- ``deadline_http``: an HTTP connection whose timeout bounds the whole exchange.
- ``health_code_simulator``: a local stand-in of that service for the demo and the tests.
"""
