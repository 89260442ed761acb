"""The domain: plain record types and the rules about them (no storage, no Qt)."""
