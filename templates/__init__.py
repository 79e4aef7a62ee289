"""The document templates shipped with campaign (Jinja2; see README, "Templates")."""
