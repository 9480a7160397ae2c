"""PySide6 widgets: thin adapters that ask services, show plain data and forward intent."""
