"""Helpers of benchmarks/bench_detection.py: the MQM data, independent word resources, defect generators, scoring."""
