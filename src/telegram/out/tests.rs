use super::*;

#[test]
fn a_429_waits_what_telegram_says_and_5xx_backs_off_doubling() {
    let retry = RequestError::RetryAfter(teloxide::types::Seconds::from_seconds(7));
    assert_eq!(retry_wait(&retry, 1), Some(Duration::from_secs(7)));
    let bad_gateway = RequestError::Api(ApiError::Unknown("Bad Gateway".into()));
    assert_eq!(retry_wait(&bad_gateway, 1), Some(Duration::from_secs(1)));
    assert_eq!(retry_wait(&bad_gateway, 3), Some(Duration::from_secs(4)));
    assert_eq!(retry_wait(&bad_gateway, 40), Some(Duration::from_secs(64)));
}

#[test]
fn a_wrong_request_or_a_blocked_user_is_not_retried() {
    for error in [
        ApiError::MessageIsTooLong,
        ApiError::BotBlocked,
        ApiError::Unknown("Bad Request: BUTTON_DATA_INVALID".into()),
    ] {
        assert_eq!(retry_wait(&RequestError::Api(error), 1), None);
    }
}
