"""The `dorpsboek` command: the CLI face of the same services the desktop app uses."""
