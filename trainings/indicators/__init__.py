"""Plan monitoring: indicator actuals computed from trainings, campaigns and materials."""
