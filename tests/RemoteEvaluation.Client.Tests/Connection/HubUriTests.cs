namespace RemoteEvaluation.Client.Tests.Connection;

public sealed class HubUriTests
{
    [Theory]
    [InlineData("http://centre.example/hubs/evaluation", null, "ws://centre.example/hubs/evaluation")]
    [InlineData("https://centre.example:8443/hubs/evaluation", null, "wss://centre.example:8443/hubs/evaluation")]
    [InlineData("wss://centre.example/hubs/evaluation?site=2", "a b&c", "wss://centre.example/hubs/evaluation?site=2&access_token=a%20b%26c")]
    [InlineData("http://127.0.0.1:5000/hubs/province", "t", "ws://127.0.0.1:5000/hubs/province?access_token=t")]
    public void The_WebSocket_address_uses_ws_schemes_and_carries_the_token_in_the_query(string hub, string? token, string expected) =>
        Assert.Equal(expected, HubUri.ForWebSocket(new Uri(hub), token).AbsoluteUri);
}
