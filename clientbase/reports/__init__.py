"""PDF reports and printing (reportlab); Qt-free, used by the services and the CLI."""
