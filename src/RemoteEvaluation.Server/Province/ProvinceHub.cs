using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using RemoteEvaluation.Contracts;
using RemoteEvaluation.Server.Authorization;
using RemoteEvaluation.Server.Hubs;

namespace RemoteEvaluation.Server.Province;

/// <summary>
/// The province hub (全省评标看板, <c>/hubs/province</c>): read-only, for province coordinators (policy
/// <see cref="Policies.Coordinator"/>) and supervisors and auditors (<see cref="Policies.ReadOnlyObserver"/>). <c>Watch</c>
/// answers today's sessions with their centres and link health and joins the province group, which then receives
/// <c>SessionChanged</c> whenever one of them moves; coordinators also get <c>Alert</c> when a centre's link is lost or
/// back (<see cref="ProvinceLinkAlerts"/>).
/// </summary>
[Authorize]
public sealed class ProvinceHub(IAuthorizationService authorization, ProvinceBoard board) : Hub<IProvinceClient>
{
    public async Task<IReadOnlyList<ProvinceSession>> Watch()
    {
        var coordinator = (await authorization.AuthorizeAsync(Context.User!, Policies.Coordinator)).Succeeded;
        if (!coordinator && !(await authorization.AuthorizeAsync(Context.User!, Policies.ReadOnlyObserver)).Succeeded)
        {
            throw new HubException(new HubError(AccessRejections.WrongRole, "The province board is for province coordinators, supervisors and auditors.", false).ToExceptionMessage());
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Province);
        if (coordinator)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.ProvinceCoordinators);
        }

        if (Context.Items.TryAdd(nameof(Watch), true))
        {
            board.Watching();
            Context.ConnectionAborted.Register(board.StoppedWatching);
        }

        return await board.TodayAsync(Context.ConnectionAborted);
    }
}
