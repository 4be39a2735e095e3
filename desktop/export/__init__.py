"""Exporting what the store holds: a stored attempt to PDF (`attempt.export_attempt`).

The PDF itself is drawn by the Qt-free `casebank.pdf`; this package only adds what needs the store.
"""
