using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace RemoteEvaluation.Grains.Notifications;

/// <summary>
/// Posts invitations to an HTTP endpoint (the province's call or message platform) through a Polly pipeline:
/// a retry with exponential, jittered delays around a circuit breaker, so a platform that keeps failing is left
/// alone for a while and the draw moves on at once with the reason recorded.
/// </summary>
public sealed class WebhookNotificationGateway : INotificationGateway
{
    private readonly HttpClient http;
    private readonly Uri endpoint;
    private readonly ILogger logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public WebhookNotificationGateway(HttpClient http, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookNotificationGateway> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        this.http = http;
        this.logger = logger;
        endpoint = settings.Endpoint ?? throw new InvalidOperationException("Notifications:Webhook:Endpoint is required for the webhook gateway.");
        pipeline = Build(settings, time);
    }

    public async Task<NotificationOutcome> NotifyAsync(InvitationNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token => await http.PostAsJsonAsync(endpoint, notice, token), cancellationToken);
            return response.IsSuccessStatusCode
                ? NotificationOutcome.Ok
                : Failed(notice, $"webhook answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (BrokenCircuitException)
        {
            return Failed(notice, "webhook circuit open: the platform failed repeatedly");
        }
        catch (TimeoutRejectedException)
        {
            return Failed(notice, "webhook timed out");
        }
        catch (HttpRequestException e)
        {
            return Failed(notice, $"webhook unreachable: {e.Message}");
        }
    }

    private NotificationOutcome Failed(InvitationNotice notice, string reason)
    {
        NotificationLog.WebhookFailed(logger, notice.DrawId, notice.ExpertId, reason);
        return NotificationOutcome.Failed(reason);
    }

    private ResiliencePipeline<HttpResponseMessage> Build(WebhookOptions settings, TimeProvider time)
    {
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => r.StatusCode >= HttpStatusCode.InternalServerError || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                OnRetry = args =>
                {
                    NotificationLog.WebhookRetry(logger, args.AttemptNumber + 1, args.Outcome.Exception);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                FailureRatio = settings.FailureRatio,
                MinimumThroughput = settings.MinimumThroughput,
                SamplingDuration = settings.SamplingDuration,
                BreakDuration = settings.BreakDuration,
                OnOpened = args =>
                {
                    NotificationLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }
}
