package cn.suiji.directory.domain;

/** The columns the target directory can be ordered by; ties are always broken by the row id. */
public enum TargetSort {
  NAME, CODE, LEGAL_REP, TOWNSHIP, INDUSTRY, KIND, STATUS, FOUNDED_DATE, RISK_CLASS
}
