namespace RemoteEvaluation.Samples;

/// <summary>Plausible names for generated experts (姓名), from common surnames and given-name characters.</summary>
internal static class ChineseNames
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀", "霞", "平", "刚", "华", "建", "国", "志", "文"];

    public static string Next(SampleRandom random) =>
        random.Pick(Surnames) + random.Pick(Given) + (random.Percent(60) ? random.Pick(Given) : string.Empty);
}
