namespace RemoteEvaluation.Client;

/// <summary>The WebSocket address of a hub: <c>http(s)</c> becomes <c>ws(s)</c>, and the access token goes in <c>access_token=</c>.</summary>
internal static class HubUri
{
    public static Uri ForWebSocket(Uri hubUrl, string? accessToken)
    {
        var builder = new UriBuilder(hubUrl)
        {
            Scheme = hubUrl.Scheme switch
            {
                "http" => "ws",
                "https" => "wss",
                _ => hubUrl.Scheme,
            },
        };
        if (hubUrl.IsDefaultPort)
        {
            builder.Port = -1;
        }

        if (!string.IsNullOrEmpty(accessToken))
        {
            var query = builder.Query.TrimStart('?');
            var token = "access_token=" + Uri.EscapeDataString(accessToken);
            builder.Query = query.Length == 0 ? token : query + "&" + token;
        }

        return builder.Uri;
    }
}
