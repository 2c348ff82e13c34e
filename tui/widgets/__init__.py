"""The reader's panes and screens, one module each; the app wires them together."""
