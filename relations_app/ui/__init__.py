"""The interface: windows, dialogs, actions. Talks to services, never to storage tables."""
