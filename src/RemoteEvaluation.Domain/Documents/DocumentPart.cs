namespace RemoteEvaluation.Domain.Documents;

/// <summary>
/// Which part of the tender a document is (文件类别): the tender document (招标文件, no bidder), or one part of a
/// bidder's bid (投标文件): qualification (资格部分), technical (技术标, sealed in a blind evaluation) or commercial (商务标).
/// </summary>
public enum DocumentPart
{
    Tender,
    Qualification,
    Technical,
    Commercial,
}
