"""Benchmarks of Dorpsboek: `python -m benchmarks.run_all --scale village|small|tiny`."""
