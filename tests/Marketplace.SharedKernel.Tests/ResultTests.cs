using Marketplace.SharedKernel.Results;

namespace Marketplace.SharedKernel.Tests;

public sealed class ResultTests
{
    [Fact]
    public void Failure_HasNoValue()
    {
        Result<int> result = Error.NotFound("x.not_found", "No x.");
        Assert.False(result.IsSuccess);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ResultFailure_BuildsAFailedResultForAGenericResponseType()
    {
        Assert.True(ResultFailure<Result<string>>.IsResult);
        var failed = ResultFailure<Result<string>>.Create(Error.Conflict("c", "conflict"));
        Assert.Equal("c", failed.Error!.Code);
        Assert.False(ResultFailure<string>.IsResult);
    }
}
