"""Agency mode's window: every registered sentra side by side, aid across them, and the packets."""
