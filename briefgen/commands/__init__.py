"""The subcommands of ``briefgen``, one module each."""
