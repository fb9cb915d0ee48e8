"""Every user action as plain Python: validation, clients, purchases, reminders, search.

Nothing here imports Qt; the UI and the command line call these functions.
"""
