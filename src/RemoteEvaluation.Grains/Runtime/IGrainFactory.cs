namespace RemoteEvaluation.Grains.Runtime;

/// <summary>Gives a reference to the grain with a key; the grain is activated on its first call.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : class, IGrainWithStringKey;
}
