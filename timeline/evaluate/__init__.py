"""Evaluation of newsline against TimeML gold annotation (TempEval-3 Task A) and event anchoring."""
