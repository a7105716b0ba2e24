"""The alerts package's tables (deals, events, outbox). (Stub: filled by the alerts work.)"""
