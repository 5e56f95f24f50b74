using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RemoteEvaluation.Grains.Runtime;
using RemoteEvaluation.Server.Tests.Accounts;
using RemoteEvaluation.Server.Tests.Hubs;
using RemoteEvaluation.Testing.Stores;

namespace RemoteEvaluation.Server.Tests.Documents;

/// <summary>
/// Two nodes on one PostgreSQL database: a document uploaded through one node is listed and served, byte for byte,
/// by the other, because the blob and the registration are both in the shared database.
/// </summary>
public sealed class Documents_on_two_nodes : IAsyncLifetime
{
    private ServerFactory a = null!;
    private ServerFactory b = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await PostgreSqlTestDatabase.CreateEmptyAsync();
        a = Start(database);
        b = Start(database);
    }

    public async ValueTask DisposeAsync()
    {
        if (a is not null)
        {
            await a.DisposeAsync();
        }

        if (b is not null)
        {
            await b.DisposeAsync();
        }
    }

    [Fact]
    public async Task a_document_uploaded_through_one_node_is_served_by_the_other()
    {
        await LiveSession.ScheduledAsync(a.Services.GetRequiredService<IGrainFactory>(), "two-node-documents");
        var pdf = TestPdf.WithPages(3);
        using var hostOnA = await a.SignedInAsync("host.hz");
        using var supervisorOnB = await b.SignedInAsync("supervisor");

        var uploaded = await hostOnA.UploadAsync("two-node-documents", pdf, "tender", "tender", "招标文件");
        var downloaded = await supervisorOnB.GetAsync(new Uri(DocumentApi.Documents("two-node-documents") + "/tender", UriKind.Relative), Wire.Cancel);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Equal(pdf, await downloaded.Content.ReadAsByteArrayAsync(Wire.Cancel));
    }

    private static ServerFactory Start(string database)
    {
        var node = new ServerFactory { PostgreSql = database };
        node.UseKestrel(0);
        node.StartServer();
        return node;
    }
}
