namespace RemoteEvaluation.Domain.Blind;

/// <summary>The code under which one expert sees one technical bid (暗标编号).</summary>
public sealed record BlindCode(string Code, string BidderId);
