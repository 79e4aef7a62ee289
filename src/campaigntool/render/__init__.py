"""Rendering plans as official documents: helpers, the document, templates, Word."""
