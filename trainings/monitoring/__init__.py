"""The monitoring cycle: implementation status of plan measures, rolled up."""
