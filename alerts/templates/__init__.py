"""Built-in Jinja2 alert templates (a package so the .j2 files ship in the wheel)."""
