namespace RemoteEvaluation.Grains.Import;

/// <summary>A centre as a directory file carries it (<c>sites.json</c>): region code, level, rooms and approved links.</summary>
public sealed record SiteImportRow(string Id, string Name, string Region, string Level, IReadOnlyList<RoomImportRow> Rooms, IReadOnlyList<string> Links);

/// <summary>An evaluation room and its seats.</summary>
public sealed record RoomImportRow(string Id, string Name, int Seats);
