"""Contacts from other address books: reading vCard and CSV files into plain
Contact records, and writing people out as vCard.

Nothing here touches the journal or Qt widgets: services/contacts.py decides
what to import, services/duplicates.py who is already there.
"""
