"""Reading and writing other programs' files: spreadsheets, CSV, and (later) Access and vCard.

Nothing here knows the database or Qt: readers turn a file into rows of plain values, and
the services decide what those rows mean for the base.
"""
